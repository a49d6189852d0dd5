package dev.reprieve.hibernate.model.tenant;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.TenantId;

/** A tenant's row in a table all tenants share (discriminator multi-tenancy), with an application filter. */
@Entity
@Table(name = "tenant_project")
@FilterDef(name = Project.MIN_PRIORITY, parameters = @ParamDef(name = "min", type = Integer.class),
        defaultCondition = "priority >= :min")
@Filter(name = Project.MIN_PRIORITY)
public class Project extends SoftDeletableEntity {
    public static final String MIN_PRIORITY = "minPriority";

    @Id
    public Long id;
    @TenantId
    public String tenant;
    public String name;
    public int priority;
    @OneToMany(mappedBy = "project")
    public List<Task> tasks = new ArrayList<>();

    protected Project() {
    }

    public Project(Long id, String name, int priority) {
        this.id = id;
        this.name = name;
        this.priority = priority;
    }
}
