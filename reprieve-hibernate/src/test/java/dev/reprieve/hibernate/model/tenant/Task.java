package dev.reprieve.hibernate.model.tenant;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A tenant's child row: deleted and restored with its project. */
@Entity
@Table(name = "tenant_task")
public class Task extends SoftDeletableEntity {
    @Id
    public Long id;
    @TenantId
    public String tenant;
    public String title;
    @OnSoftDelete(SoftDeleteAction.CASCADE)
    @ManyToOne(fetch = FetchType.LAZY)
    public Project project;

    protected Task() {
    }

    public Task(Long id, String title, Project project) {
        this.id = id;
        this.title = title;
        this.project = project;
    }
}
