package dev.reprieve.demo.product;

import dev.reprieve.demo.product.ProductApiController.NewProduct;
import dev.reprieve.demo.web.FieldErrors;
import dev.reprieve.demo.web.TrashActions;
import dev.reprieve.demo.web.TrashPageController;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @GetMapping
    public String page(Model model) {
        model.addAttribute("products", products.findAll(Sort.by("id")));
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
