package dev.reprieve.demo.color;

import dev.reprieve.demo.color.ColorApiController.NewColor;
import dev.reprieve.demo.web.ConflictException;
import dev.reprieve.demo.web.FieldErrors;
import dev.reprieve.demo.web.ListParams;
import dev.reprieve.demo.web.TrashActions;
import dev.reprieve.demo.web.TrashPageController;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The color page: add, list with swatches, delete, see what was recently deleted, restore. */
@Controller
@RequestMapping("/colors")
public class ColorPageController extends TrashPageController<Color> {

    private final ColorRepository colors;
    private final ColorCatalog catalog;

    public ColorPageController(ColorRepository colors, ColorCatalog catalog) {
        super(new TrashActions<>(colors, "color", Color::getName), "/colors");
        this.colors = colors;
        this.catalog = catalog;
    }

    /** One page of the list, optionally only the rows matching {@code q}; bounds in {@link ListParams}. */
    @GetMapping
    public String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, Model model) {
        ListParams list = ListParams.of(page, size, q);
        Pageable pageable = list.pageable(Sort.by("name", "id"));
        model.addAttribute("colors", list.text() == null ? colors.findAll(pageable) : colors.findByNameContainingIgnoreCaseOrHexCodeContainingIgnoreCase(list.text(), list.text(), pageable));
        model.addAttribute("list", list);
        model.addAttribute("deleted", trash.recentlyDeleted());
        return "colors";
    }

    /** The form posts the API's own body, so both refuse the same input with the same message. */
    @PostMapping
    public String add(@Valid NewColor form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "Not added: " + FieldErrors.describe(errors));
            return backToPage();
        }
        try {
            catalog.create(form.name().trim(), form.hexCode());
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return backToPage();
    }


}
