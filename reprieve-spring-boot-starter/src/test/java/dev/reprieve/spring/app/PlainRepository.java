package dev.reprieve.spring.app;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlainRepository extends JpaRepository<Plain, Long> {
}
