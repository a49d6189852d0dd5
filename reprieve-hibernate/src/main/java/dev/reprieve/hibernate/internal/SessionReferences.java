package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeletedReferenceException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What one session needs to answer a proxy that turns out to hold a deleted row: whether the proxy came
 * from {@code getReference} (then it behaves like {@code find}: not found), or from a to-one reference whose
 * {@link dev.reprieve.core.ReferencePolicy} is {@code THROW} (then the owner is named in the exception).
 * Anything else is a reference with policy {@code LOAD}. Entries die with their session.
 */
final class SessionReferences {

    private record Key(String entityName, Object id) {
    }

    private record Owner(String entityName, Object id, String relation) {
    }

    private static final class State {
        final Set<Key> direct = new HashSet<>();
        final Map<Key, Owner> throwing = new HashMap<>();
    }

    private final Map<Object, State> sessions = Collections.synchronizedMap(new WeakHashMap<>());

    void directReference(Object session, String entityName, Object id) {
        state(session).direct.add(new Key(entityName, id));
    }

    void throwingReference(Object session, String targetEntityName, Object targetId, String ownerEntityName, Object ownerId,
            String relation) {
        state(session).throwing.put(new Key(targetEntityName, targetId), new Owner(ownerEntityName, ownerId, relation));
    }

    boolean isDirectReference(Object session, String entityName, Object id) {
        State state = sessions.get(session);
        return state != null && state.direct.contains(new Key(entityName, id));
    }

    /** Throws when the deleted row behind a proxy is the target of a {@code THROW} reference in this session. */
    void checkDeletedTarget(Object session, String entityName, Object id) {
        State state = sessions.get(session);
        Owner owner = state == null ? null : state.throwing.get(new Key(entityName, id));
        if (owner != null) {
            throw new DeletedReferenceException(owner.entityName(), owner.id(), owner.relation(), entityName, id);
        }
    }

    private State state(Object session) {
        return sessions.computeIfAbsent(session, s -> new State());
    }
}
