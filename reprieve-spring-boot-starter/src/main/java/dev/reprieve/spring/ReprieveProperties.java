package dev.reprieve.spring;

import dev.reprieve.core.SecondDeletePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code reprieve.*}. */
@ConfigurationProperties("reprieve")
public class ReprieveProperties {

    /** What deleting an already deleted row does: IGNORE keeps the first deletion, HARD_DELETE erases the row. */
    private SecondDeletePolicy secondDelete = SecondDeletePolicy.IGNORE;

    /** Whether Hibernate's generated schema includes Reprieve's indexes on the soft-delete columns. */
    private boolean createIndexes = true;

    public SecondDeletePolicy getSecondDelete() {
        return secondDelete;
    }

    public void setSecondDelete(SecondDeletePolicy secondDelete) {
        this.secondDelete = secondDelete;
    }

    public boolean isCreateIndexes() {
        return createIndexes;
    }

    public void setCreateIndexes(boolean createIndexes) {
        this.createIndexes = createIndexes;
    }
}
