package dev.reprieve.spring.units.a;

import dev.reprieve.spring.SoftDeleteRepository;
import dev.reprieve.spring.units.Memo;

public interface UnitAMemos extends SoftDeleteRepository<Memo, Long> {
}
