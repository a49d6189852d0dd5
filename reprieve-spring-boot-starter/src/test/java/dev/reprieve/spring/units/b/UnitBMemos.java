package dev.reprieve.spring.units.b;

import dev.reprieve.spring.SoftDeleteRepository;
import dev.reprieve.spring.units.Memo;

public interface UnitBMemos extends SoftDeleteRepository<Memo, Long> {
}
