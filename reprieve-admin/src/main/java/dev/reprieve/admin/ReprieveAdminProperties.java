package dev.reprieve.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code reprieve.admin.*}: where the admin lives, who may use it, how rows are labelled. */
@ConfigurationProperties("reprieve.admin")
public class ReprieveAdminProperties {

    /** Whether the admin trash is served at all. */
    private boolean enabled = true;

    /** The path the admin pages and its JSON API are mounted under. */
    private String path = "/reprieve";

    /** The role (without the ROLE_ prefix) a user needs for every admin page and action. */
    private String role = "REPRIEVE_ADMIN";

    /**
     * Per entity name, the attribute shown as a row's label and matched by text search, e.g.
     * {@code reprieve.admin.labels.Todo=title}. Without one the label is the row's {@code toString()} and
     * text search looks at a {@code name}, {@code title}, {@code label} or {@code text} attribute when there is one.
     */
    private Map<String, String> labels = new LinkedHashMap<>();

    /** Rows per trash page unless the request asks for another size. */
    private int pageSize = 50;

    /** The largest page a request may ask for. */
    private int maxPageSize = 500;

    /**
     * How many matching rows per type the trash's totals count at most. A type with more is shown as
     * "more than" this many (and flagged in the JSON API), so the trash page costs the same with 100,000
     * deleted rows as with this many.
     */
    private int countLimit = 10_000;

    /** The deletion-history table the admin keeps. */
    private String auditTable = "reprieve_audit";

    /** Whether the admin creates its history table at startup when it is missing (off: create it with the documented DDL). */
    private boolean createAuditTable = true;

    /** How many rows per type the erase confirmation page names one by one (all are counted). */
    private int impactRowsShown = 20;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /** The path without a trailing slash and with a leading one: {@code /reprieve}. */
    public String basePath() {
        String p = path == null ? "" : path.trim();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            throw new IllegalStateException("reprieve.admin.path must not be empty or '/': the admin needs a path of its own");
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxPageSize() {
        return maxPageSize;
    }

    public void setMaxPageSize(int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    public int getCountLimit() {
        return countLimit;
    }

    public void setCountLimit(int countLimit) {
        this.countLimit = countLimit;
    }

    public String getAuditTable() {
        return auditTable;
    }

    public void setAuditTable(String auditTable) {
        this.auditTable = auditTable;
    }

    public boolean isCreateAuditTable() {
        return createAuditTable;
    }

    public void setCreateAuditTable(boolean createAuditTable) {
        this.createAuditTable = createAuditTable;
    }

    public int getImpactRowsShown() {
        return impactRowsShown;
    }

    public void setImpactRowsShown(int impactRowsShown) {
        this.impactRowsShown = impactRowsShown;
    }
}
