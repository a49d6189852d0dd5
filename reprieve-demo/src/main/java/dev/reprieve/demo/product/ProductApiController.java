package dev.reprieve.demo.product;

import dev.reprieve.demo.web.SoftDeleteApi;
import dev.reprieve.demo.web.SoftDeleteEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The product JSON API, the same shape as the todos'. */
@RestController
@RequestMapping("/api/products")
public class ProductApiController extends SoftDeleteApi<Product, ProductApiController.ProductView> {

    /** What a client sends to create a product: a price in the currency's units, at most two decimals. */
    public record NewProduct(
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price) {
    }

    /** What the API returns. */
    public record ProductView(Long id, String name, BigDecimal price, Instant deletedAt, String deletedBy) {
        static ProductView of(Product product) {
            return new ProductView(product.getId(), product.getName(), product.getPrice(),
                    product.getDeletedAt(), product.getDeletedBy());
        }
    }

    private final ProductRepository products;

    public ProductApiController(ProductRepository products) {
        super(new SoftDeleteEndpoints<>(products, "Product", ProductView::of));
        this.products = products;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ProductView create(@Valid @RequestBody NewProduct body) {
        return ProductView.of(products.save(new Product(body.name().trim(), body.price())));
    }
}
