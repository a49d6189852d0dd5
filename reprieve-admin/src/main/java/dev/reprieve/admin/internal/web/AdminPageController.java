package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.admin.input.LocalRedirect;
import dev.reprieve.admin.input.PageParams;
import dev.reprieve.admin.internal.history.DeletionHistory;
import dev.reprieve.admin.internal.purge.PurgeRunner;
import dev.reprieve.admin.internal.trash.ActionResult;
import dev.reprieve.admin.internal.trash.BadRequestException;
import dev.reprieve.admin.internal.trash.EraseRefusedException;
import dev.reprieve.admin.internal.trash.RowNotInTrashException;
import dev.reprieve.admin.internal.trash.RowRef;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashEraser;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.admin.internal.trash.TrashRestorer;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.admin.internal.trash.TypeBrowser;
import dev.reprieve.admin.internal.trash.UnknownTypeException;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.audit.AuditQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's pages: the trash, a cascade group, the erase confirmation, the per-type browse page, the
 * history and the purge. Actions are plain form POSTs (CSRF-protected) that redirect back with a message
 * saying what was done or why nothing was.
 */
@Controller
@RequestMapping("${reprieve.admin.path:/reprieve}")
public class AdminPageController {

    private final ReprieveAdminProperties properties;
    private final TrashTypes types;
    private final TrashBrowser browser;
    private final TypeBrowser typeBrowser;
    private final TrashRestorer restorer;
    private final TrashEraser eraser;
    private final DeletionHistory history;
    private final ObjectProvider<PurgeRunner> purge;

    public AdminPageController(ReprieveAdminProperties properties, TrashTypes types, TrashBrowser browser,
            TypeBrowser typeBrowser, TrashRestorer restorer, TrashEraser eraser, DeletionHistory history,
            ObjectProvider<PurgeRunner> purge) {
        this.properties = properties;
        this.types = types;
        this.browser = browser;
        this.typeBrowser = typeBrowser;
        this.restorer = restorer;
        this.eraser = eraser;
        this.history = history;
        this.purge = purge;
    }

    @ModelAttribute
    void common(Model model, Principal user) {
        model.addAttribute("base", properties.basePath());
        model.addAttribute("typeNames", types.names());
        model.addAttribute("user", user == null ? null : user.getName());
    }

    @GetMapping("/login")
    public String login() {
        return "reprieve-admin/login";
    }

    @GetMapping({"", "/", "/trash"})
    public String trash(@RequestParam(required = false) String type, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String deletedBy,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String size,
            @RequestParam(required = false) String reason, Model model, jakarta.servlet.http.HttpServletRequest request) {
        TrashFilter filter = Params.trash(type, from, to, deletedBy, q, sort, cursor, 0,
                PageParams.size(size, properties.getPageSize(), properties.getMaxPageSize()), reason);
        var page = browser.page(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("trash", page);
        // with no filter the page counted every type over the whole trash already: the menu reuses that
        model.addAttribute("counts", filter.matchesWholeTrash() ? page.counts() : browser.countsByType());
        var here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request).replacePath(
                properties.basePath() + "/trash");
        model.addAttribute("here", here.build().toUriString().replaceFirst("^[a-z]+://[^/]+", ""));
        model.addAttribute("first", here.cloneBuilder().replaceQueryParam("cursor").build().toUriString().replaceFirst("^[a-z]+://[^/]+", ""));
        if (page.hasNext()) {
            model.addAttribute("next", here.cloneBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toUriString()
                    .replaceFirst("^[a-z]+://[^/]+", ""));
        }
        return "reprieve-admin/trash";
    }

    /** Where the admin's security sends a signed-in user without the admin role: the same navigation, styled. */
    @RequestMapping("/denied")
    public String denied(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("typeNames", List.of());
        model.addAttribute("role", properties.getRole());
        return "reprieve-admin/denied";
    }

    @GetMapping("/logout-page")
    public String logoutPage() {
        return "reprieve-admin/logout";
    }

    @PostMapping("/trash/restore")
    public String restoreSelected(@RequestParam(name = "rows", required = false) List<String> rows,
            @RequestParam(required = false) String back, Principal user, RedirectAttributes flash) {
        return act(flash, back, () -> restorer.restoreAll(rows == null ? List.of() : rows.stream().map(RowRef::parse).toList(),
                user.getName()));
    }

    @PostMapping("/trash/{type}/{id}/restore")
    public String restore(@PathVariable String type, @PathVariable String id, @RequestParam(required = false) String back,
            @RequestParam(defaultValue = "false") boolean withParents, Principal user, RedirectAttributes flash) {
        return act(flash, back, () -> restorer.restore(new RowRef(type, id), withParents, user.getName()));
    }

    @GetMapping("/groups/{deletionId}")
    public String group(@PathVariable String deletionId, Model model) {
        if (!deletionId.matches("[0-9a-fA-F-]{1,36}")) {
            throw new BadRequestException("'" + deletionId + "' is not a deletion id");
        }
        model.addAttribute("deletionId", deletionId);
        model.addAttribute("trash", browser.page(TrashFilter.group(deletionId, properties.getMaxPageSize())));
        return "reprieve-admin/group";
    }

    @PostMapping("/groups/{deletionId}/restore")
    public String restoreGroup(@PathVariable String deletionId, Principal user, RedirectAttributes flash) {
        return act(flash, null, () -> restorer.restoreGroup(deletionId, user.getName()));
    }

    @GetMapping("/trash/{type}/{id}/erase")
    public String confirmErase(@PathVariable String type, @PathVariable String id, Model model) {
        model.addAttribute("impact", eraser.impact(new RowRef(type, id)));
        return "reprieve-admin/erase";
    }

    @PostMapping("/trash/{type}/{id}/erase")
    public String erase(@PathVariable String type, @PathVariable String id, @RequestParam String fingerprint, Principal user,
            RedirectAttributes flash) {
        if (fingerprint.isBlank()) {
            throw new BadRequestException("an erase needs the confirmation page's fingerprint");
        }
        return act(flash, null, () -> eraser.erase(new RowRef(type, id), fingerprint, user.getName()));
    }

    @GetMapping("/types/{type}")
    public String browse(@PathVariable String type, @RequestParam(defaultValue = "false") boolean showDeleted,
            @RequestParam(required = false) String page, Model model) {
        PageParams paging = PageParams.of(page, null, properties.getPageSize(), properties.getMaxPageSize());
        model.addAttribute("rows", typeBrowser.page(type, showDeleted, paging.page(), paging.size()));
        return "reprieve-admin/type";
    }

    @GetMapping("/history")
    public String history(@RequestParam(required = false) String action, @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String reason, Model model, jakarta.servlet.http.HttpServletRequest request) {
        String typeName = type == null || type.isBlank() ? null : types.require(type.trim()).name();
        var page = history.page(new AuditQuery(Params.action(action), typeName, Params.blankToNull(actor),
                TimeParam.from(from), TimeParam.to(to), properties.getPageSize() * 2, Params.reason(reason)), cursor);
        model.addAttribute("events", page.events());
        var here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                .replacePath(properties.basePath() + "/history");
        model.addAttribute("laterPage", Params.blankToNull(cursor) != null);
        model.addAttribute("first", localPath(here.cloneBuilder().replaceQueryParam("cursor").build().toUriString()));
        if (page.hasNext()) {
            model.addAttribute("next", localPath(here.cloneBuilder().replaceQueryParam("cursor", page.nextCursor()).build()
                    .toUriString()));
        }
        model.addAttribute("action", Params.blankToNull(action));
        model.addAttribute("type", typeName);
        model.addAttribute("actor", Params.blankToNull(actor));
        model.addAttribute("from", Params.blankToNull(from));
        model.addAttribute("to", Params.blankToNull(to));
        model.addAttribute("reason", Params.reason(reason));
        return "reprieve-admin/history";
    }

    /** @param confirm show the dry run's counts with the button that really purges (the "Purge expired now" step) */
    @GetMapping("/purge")
    public String purgePage(@RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response) {
        PurgeRunner runner = purge.getIfAvailable();
        model.addAttribute("available", runner != null);
        if (runner != null) {
            model.addAttribute("forecast", dryRun || confirm ? runner.dryRun() : null);
            model.addAttribute("confirm", confirm);
            var status = runner.current().orElse(null);
            model.addAttribute("status", status);
            if (status != null && status.running()) {
                response.setHeader("Refresh", "1"); // the progress bar follows a long purge without JavaScript
            }
        }
        return "reprieve-admin/purge";
    }

    /** Purges only when sent from the confirmation (which showed the dry run's counts); otherwise shows it. */
    @PostMapping("/purge")
    public String purgeNow(@RequestParam(defaultValue = "false") boolean confirmed, Principal user, RedirectAttributes flash) {
        PurgeRunner runner = purge.getIfAvailable();
        if (runner != null && !confirmed) {
            return "redirect:" + properties.basePath() + "/purge?confirm=true";
        }
        if (runner == null) {
            flash.addFlashAttribute("error", "Purge is not available: this application has no Reprieve purge service");
        } else {
            runner.start(user.getName());
            flash.addFlashAttribute("message", "Purge started; progress below.");
        }
        return "redirect:" + properties.basePath() + "/purge";
    }

    /** @return the path and query of an absolute URL built from the request: links stay on this host */
    private static String localPath(String url) {
        return url.replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** Runs an action; its report or its refusal becomes the flash message on the page we go back to. */
    private String act(RedirectAttributes flash, String back, Supplier<ActionResult> action) {
        try {
            ActionResult result = action.get();
            if (result.refused().isEmpty()) {
                flash.addFlashAttribute("message", result.message());
            } else if (result.total() > 0) {
                flash.addFlashAttribute("message", result.message());
                flash.addFlashAttribute("error", result.describeRefused());
            } else {
                flash.addFlashAttribute("error", result.message() + " " + result.describeRefused());
            }
        } catch (ParentDeletedException e) {
            // the page offers the way out the error names: the same restore, bringing the deleted parents back
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("restoreWithParents", new RowRef(e.getEntityName(), String.valueOf(e.getId())));
        } catch (ReprieveException | EraseRefusedException | RowNotInTrashException | UnknownTypeException | BadRequestException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        String base = properties.basePath();
        return "redirect:" + LocalRedirect.target(back, base + "/", base + "/trash");
    }
}
