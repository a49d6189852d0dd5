package dev.reprieve.demo.product;

import dev.reprieve.demo.product.ProductApiController.NewProduct;
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

/** The product page: add, list, delete, see what was recently deleted, restore. */
@Controller
@RequestMapping("/products")
public class ProductPageController extends TrashPageController<Product> {

    private final ProductRepository products;

    public ProductPageController(ProductRepository products) {
        super(new TrashActions<>(products, "product", Product::getName), "/products");
        this.products = products;
    }

    /** One page of the list, optionally only the rows matching {@code q}; bounds in {@link ListParams}. */
    @GetMapping
    public String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, Model model) {
        ListParams list = ListParams.of(page, size, q);
        Pageable pageable = list.pageable(Sort.by("id"));
        model.addAttribute("products", list.text() == null ? products.findAll(pageable) : products.findByNameContainingIgnoreCase(list.text(), pageable));
        model.addAttribute("list", list);
        model.addAttribute("deleted", trash.recentlyDeleted());
        return "products";
    }

    /** The form posts the API's own body, so both refuse the same input with the same message. */
    @PostMapping
    public String add(@Valid NewProduct form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "Not added: " + FieldErrors.describe(errors));
        } else {
            products.save(new Product(form.name().trim(), form.price()));
        }
        return backToPage();
    }


}
