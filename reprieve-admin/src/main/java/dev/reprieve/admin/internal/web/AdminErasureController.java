package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.hibernate.ErasurePlace;
import dev.reprieve.hibernate.ErasureReport;
import dev.reprieve.hibernate.ErasureRequest;
import dev.reprieve.spring.ErasureService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's erasure of a data subject: a form (type and ids) whose dry run shows what would go per type and
 * place, then a confirmation that erases only when the counts it showed still hold. Behind the admin's role, like
 * every admin page; the {@code Erased} event it causes is what a history records.
 */
@Controller
@RequestMapping("${reprieve.admin.path:/reprieve}")
public class AdminErasureController {

    private final ReprieveAdminProperties properties;
    private final ObjectProvider<ErasureService> erasure;

    public AdminErasureController(ReprieveAdminProperties properties, ObjectProvider<ErasureService> erasure) {
        this.properties = properties;
        this.erasure = erasure;
    }

    @GetMapping("/erasure")
    public String form(@RequestParam(required = false) String type, @RequestParam(required = false) String ids,
            Model model) {
        ErasureService service = erasure.getIfAvailable();
        model.addAttribute("available", service != null);
        model.addAttribute("type", type);
        model.addAttribute("ids", ids);
        if (service != null && Params.blankToNull(type) != null) {
            try {
                ErasureReport plan = service.plan(request(type, ids));
                model.addAttribute("plan", new PlanView(plan.total(), plan.refusals(), plan.rows().keySet().stream()
                        .map(entity -> new PlanLine(entity, plan.rows(entity, ErasurePlace.TABLE),
                                plan.rows(entity, ErasurePlace.ARCHIVE_TABLE), plan.rows(entity, ErasurePlace.ARCHIVE_FILES)))
                        .toList()));
            } catch (IllegalArgumentException | ReprieveException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "reprieve-admin/erasure";
    }

    /** Erases only when the dry run's total the person confirmed still holds; otherwise shows the new counts. */
    @PostMapping("/erasure")
    public String erase(@RequestParam(required = false) String type, @RequestParam(required = false) String ids,
            @RequestParam(required = false) Long expectedTotal, RedirectAttributes flash) {
        ErasureService service = erasure.getIfAvailable();
        String back = "redirect:" + properties.basePath() + "/erasure";
        if (service == null) {
            flash.addFlashAttribute("error", "Erasure is not available: this application has no Reprieve erasure service");
            return back;
        }
        flash.addAttribute("type", type);
        flash.addAttribute("ids", ids);
        try {
            ErasureRequest request = request(type, ids);
            ErasureReport now = service.plan(request);
            if (expectedTotal == null || now.total() != expectedTotal) {
                flash.addFlashAttribute("error", "What erasing would remove has changed since the dry run (now "
                        + now.total() + " rows); review the counts and confirm again. Nothing was erased.");
                return back;
            }
            ErasureReport done = service.erase(request);
            flash.addFlashAttribute("message", "Erased " + done.total() + " row" + (done.total() == 1 ? "" : "s")
                    + " of " + request.entity() + " " + String.join(", ", request.ids().stream().map(String::valueOf)
                    .toList()) + " and its dependents, in every place, for good.");
            flash.addAttribute("type", "");
            flash.addAttribute("ids", "");
        } catch (IllegalArgumentException | ReprieveException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return back;
    }

    /** The dry run as the page shows it. */
    public record PlanView(long total, List<String> refusals, List<PlanLine> lines) {
        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    /** One type's rows per place. */
    public record PlanLine(String entity, long table, long archiveTable, long archiveFiles) {
    }

    private static ErasureRequest request(String type, String ids) {
        List<String> list = new ArrayList<>();
        if (ids != null) {
            for (String id : ids.split("[,\\s]+")) {
                if (!id.isBlank()) {
                    list.add(id.strip());
                }
            }
        }
        return ErasureRequest.ids(type, list);
    }
}
