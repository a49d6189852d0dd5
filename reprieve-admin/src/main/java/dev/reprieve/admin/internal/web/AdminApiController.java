package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.admin.input.PageParams;
import dev.reprieve.admin.internal.history.DeletionHistory;
import dev.reprieve.admin.internal.purge.PurgeRunner;
import dev.reprieve.admin.internal.purge.PurgeStatus;
import dev.reprieve.admin.internal.trash.ActionResult;
import dev.reprieve.admin.internal.trash.EraseImpact;
import dev.reprieve.admin.internal.trash.RowRef;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashEraser;
import dev.reprieve.admin.internal.trash.TrashPage;
import dev.reprieve.admin.internal.trash.TrashRestorer;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.core.spi.audit.AuditEvent;
import dev.reprieve.core.spi.audit.AuditQuery;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's JSON API: the trash page's powers for scripts, under {@code {reprieve.admin.path}/api}. */
@RestController
@RequestMapping("${reprieve.admin.path:/reprieve}/api")
public class AdminApiController {

    private final ReprieveAdminProperties properties;
    private final TrashBrowser browser;
    private final TrashRestorer restorer;
    private final TrashEraser eraser;
    private final DeletionHistory history;
    private final ObjectProvider<PurgeRunner> purge;
    private final TrashTypes types;

    public AdminApiController(ReprieveAdminProperties properties, TrashTypes types, TrashBrowser browser, TrashRestorer restorer,
            TrashEraser eraser, DeletionHistory history, ObjectProvider<PurgeRunner> purge) {
        this.properties = properties;
        this.types = types;
        this.browser = browser;
        this.restorer = restorer;
        this.eraser = eraser;
        this.history = history;
        this.purge = purge;
    }

    /** {@code GET /api/trash?type=&from=&to=&deletedBy=&q=&reason=&sort=&page=&size=&cursor=} */
    @GetMapping("/trash")
    public TrashPage trash(@RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String deletedBy,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String reason) {
        PageParams paging = PageParams.of(page, size, properties.getPageSize(), properties.getMaxPageSize());
        return browser.page(Params.trash(type, from, to, deletedBy, q, sort, cursor, paging.page(), paging.size(), reason));
    }

    @PostMapping("/trash/{type}/{id}/restore")
    public ActionResult restore(@PathVariable String type, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean withParents, @RequestParam(required = false) String reason,
            Principal user) {
        return restorer.restore(new RowRef(type, id), withParents, user.getName(), Params.reason(reason));
    }

    /**
     * Restores several rows: {@code ["Todo:1", "Article:7"]}. Each that can come back does; the others are
     * listed in {@code refused} with the reason. 409 when none came back.
     */
    @PostMapping("/trash/restore")
    public org.springframework.http.ResponseEntity<ActionResult> restoreAll(@RequestBody List<String> rows,
            @RequestParam(required = false) String reason, Principal user) {
        ActionResult result = restorer.restoreAll(rows.stream().map(RowRef::parse).toList(), user.getName(),
                Params.reason(reason));
        return org.springframework.http.ResponseEntity.status(result.total() == 0 ? 409 : 200).body(result);
    }

    @PostMapping("/groups/{deletionId}/restore")
    public ActionResult restoreGroup(@PathVariable String deletionId, @RequestParam(required = false) String reason,
            Principal user) {
        return restorer.restoreGroup(deletionId, user.getName(), Params.reason(reason));
    }

    @GetMapping("/trash/{type}/{id}/impact")
    public EraseImpact impact(@PathVariable String type, @PathVariable String id) {
        return eraser.impact(new RowRef(type, id));
    }

    /** Erases for good; {@code ?fingerprint=} from the impact makes it refuse when the impact has changed. */
    @DeleteMapping("/trash/{type}/{id}")
    public ActionResult erase(@PathVariable String type, @PathVariable String id,
            @RequestParam(required = false) String fingerprint, Principal user) {
        return eraser.erase(new RowRef(type, id), fingerprint, user.getName());
    }

    @GetMapping("/history")
    public List<AuditEvent> history(@RequestParam(required = false) String action, @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String size,
            @RequestParam(required = false) String reason) {
        String typeName = type == null || type.isBlank() ? null : types.require(type.trim()).name();
        return history.find(new AuditQuery(Params.action(action), typeName, Params.blankToNull(actor),
                TimeParam.from(from), TimeParam.to(to), PageParams.size(size, 100, properties.getMaxPageSize()),
                Params.reason(reason)));
    }

    /** {@code POST /api/purge?dryRun=true} reports; {@code dryRun=false} starts a purge and answers 202 with its progress. */
    @PostMapping("/purge")
    public ResponseEntity<?> purge(@RequestParam(defaultValue = "true") boolean dryRun, Principal user) {
        PurgeRunner runner = purge.getIfAvailable();
        if (runner == null) {
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
                    .body(Map.of("detail", "Purge is not available: this application has no Reprieve purge service"));
        }
        if (dryRun) {
            return ResponseEntity.ok(runner.dryRun());
        }
        PurgeStatus status = runner.start(user.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status);
    }

    @GetMapping("/purge")
    public ResponseEntity<?> purgeStatus() {
        PurgeRunner runner = purge.getIfAvailable();
        if (runner == null) {
            return ResponseEntity.status(HttpStatus.NOT_IMPLEMENTED)
                    .body(Map.of("detail", "Purge is not available: this application has no Reprieve purge service"));
        }
        return runner.current().<ResponseEntity<?>>map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }
}
