package dev.reprieve.demo.color;

import dev.reprieve.demo.web.SoftDeleteApi;
import dev.reprieve.demo.web.SoftDeleteEndpoints;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The color JSON API, the same shape as the todos', with names unique among alive colors (409 otherwise). */
@RestController
@RequestMapping("/api/colors")
public class ColorApiController extends SoftDeleteApi<Color, ColorApiController.ColorView> {

    /** What a client sends to create a color. */
    public record NewColor(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = Color.HEX_CODE, message = "must look like #RRGGBB") String hexCode) {
    }

    /** What the API returns. */
    public record ColorView(Long id, String name, String hexCode, Instant deletedAt, String deletedBy) {
        static ColorView of(Color color) {
            return new ColorView(color.getId(), color.getName(), color.getHexCode(), color.getDeletedAt(), color.getDeletedBy());
        }
    }

    private final ColorCatalog catalog;

    public ColorApiController(ColorRepository colors, ColorCatalog catalog) {
        super(new SoftDeleteEndpoints<>(colors, "Color", ColorView::of));
        this.catalog = catalog;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ColorView create(@Valid @RequestBody NewColor body) {
        return ColorView.of(catalog.create(body.name().trim(), body.hexCode()));
    }
}
