package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The product JSON API (name, price) and the product page, on one database. */
abstract class ProductApiContract extends SoftDeleteResourceContract {

    @Override String path() { return "/api/products"; }
    @Override String table() { return "product"; }
    @Override String labelField() { return "name"; }
    @Override String body(String key) { return "{\"name\":\"" + key + "\",\"price\":9.99}"; }

    @Test
    void thePriceIsKeptExactly() throws Exception {
        long id = created(path(), "{\"name\":\"lamp\",\"price\":1234567.05}");
        mvc.perform(get(path() + "/{id}", id)).andExpect(jsonPath("$.price").value(1234567.05));
        assertThat(jdbc.queryForObject("select price from product where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("1234567.05");
    }

    @Test
    void badProductsAreA400WithTheFieldAndStoreNothing() throws Exception {
        postJson(path(), "{\"name\":\"  \",\"price\":1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name")));
        postJson(path(), "{\"name\":\"lamp\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("price")));
        postJson(path(), "{\"name\":\"lamp\",\"price\":-1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("price")));
        postJson(path(), "{\"name\":\"lamp\",\"price\":1.999}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("price")));
        postJson(path(), "{\"name\":\"lamp\",\"price\":\"cheap\"}").andExpect(status().isBadRequest());
        assertThat(rows("product")).isZero();
    }

    @Test
    void thePageAddsDeletesAndRestoresProducts() throws Exception {
        mvc.perform(post("/products").param("name", "desk lamp").param("price", "24.50")).andExpect(redirectedUrl("/products"));
        long id = jdbc.queryForObject("select id from product", Long.class);
        mvc.perform(get("/products")).andExpect(content().string(containsString("desk lamp")))
                .andExpect(content().string(containsString("24.50")))
                .andExpect(content().string(containsString("The trash is empty")));
        mvc.perform(post("/products/{id}/delete", id)).andExpect(redirectedUrl("/products"))
                .andExpect(flash().attribute("message", containsString("desk lamp")));
        mvc.perform(get("/products")).andExpect(content().string(containsString("No products yet")))
                .andExpect(content().string(containsString("Restore")));
        mvc.perform(post("/products/{id}/restore", id)).andExpect(redirectedUrl("/products"));
        mvc.perform(get("/products")).andExpect(content().string(containsString("The trash is empty")));
        assertThat(deletedRows("product")).isZero();
    }

    @Test
    void thePageRefusesABadPriceAndStoresNothing() throws Exception {
        mvc.perform(post("/products").param("name", "desk lamp").param("price", "free"))
                .andExpect(redirectedUrl("/products")).andExpect(flash().attribute("error", containsString("price")));
        mvc.perform(post("/products").param("name", "").param("price", "3"))
                .andExpect(flash().attribute("error", containsString("name")));
        assertThat(rows("product")).isZero();
    }
}
