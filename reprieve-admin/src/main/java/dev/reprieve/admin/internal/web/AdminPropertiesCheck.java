package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.ReprieveAdminProperties;

/** Fails the admin's startup with the property's name when a {@code reprieve.admin.*} value cannot work. */
public final class AdminPropertiesCheck {

    private AdminPropertiesCheck() {
    }

    public static void validate(ReprieveAdminProperties properties) {
        properties.basePath();
        String role = properties.getRole();
        if (role == null || role.isBlank() || role.startsWith("ROLE_")) {
            throw new IllegalStateException("reprieve.admin.role must be a role name without the ROLE_ prefix, got '" + role + "'");
        }
        int pageSize = properties.getPageSize();
        int maxPageSize = properties.getMaxPageSize();
        if (pageSize < 1 || maxPageSize < pageSize) {
            throw new IllegalStateException("reprieve.admin.page-size must be >= 1 and <= reprieve.admin.max-page-size, got "
                    + pageSize + " and " + maxPageSize);
        }
        int countLimit = properties.getCountLimit();
        if (countLimit < 1 || countLimit == Integer.MAX_VALUE) {
            throw new IllegalStateException("reprieve.admin.count-limit must be >= 1 (and below " + Integer.MAX_VALUE + "), got "
                    + countLimit);
        }
        if (properties.getImpactRowsShown() < 0) {
            throw new IllegalStateException("reprieve.admin.impact-rows-shown must be >= 0, got "
                    + properties.getImpactRowsShown());
        }
    }
}
