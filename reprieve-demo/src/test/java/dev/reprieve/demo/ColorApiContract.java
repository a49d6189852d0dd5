package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.demo.color.Color;
import dev.reprieve.demo.color.ColorRepository;
import dev.reprieve.spring.AliveUniqueViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The color JSON API (name, #RRGGBB), its name unique among alive colors, and the page. */
abstract class ColorApiContract extends SoftDeleteResourceContract {

    @Autowired ColorRepository colors;

    @Override String path() { return "/api/colors"; }
    @Override String table() { return "color"; }
    @Override String labelField() { return "name"; }
    @Override String body(String key) { return color(key, "#336699"); }

    static String color(String name, String hex) {
        return "{\"name\":\"" + name + "\",\"hexCode\":\"" + hex + "\"}";
    }

    @Test
    void hexCodesAreValidatedAndStoredUpperCase() throws Exception {
        long id = created(path(), color("teal", "#00808f"));
        mvc.perform(get(path() + "/{id}", id)).andExpect(jsonPath("$.hexCode").value("#00808F"));
        for (String bad : new String[] {"#12345", "#1234567", "123456", "#GGGGGG", "red", ""}) {
            postJson(path(), color("bad " + bad, bad)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("hexCode")));
        }
        postJson(path(), "{\"name\":\"no code\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("hexCode")));
        assertThat(rows("color")).isEqualTo(1);
    }

    @Test
    void aTakenNameIsA409NamingTheFieldAndTheHolder() throws Exception {
        long red = created(path(), color("red", "#FF0000"));
        postJson(path(), color("red", "#EE0000")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("name"), containsString("'red'"),
                        containsString("Color " + red))));
        assertThat(rows("color")).isEqualTo(1);
    }

    @Test
    void aDeletedColorsNameIsFreeAndRestoringTheOldHolderIs409ChangingNothing() throws Exception {
        long oldRed = created(path(), color("red", "#FF0000"));
        mvc.perform(delete(path() + "/{id}", oldRed)).andExpect(status().isNoContent());
        long newRed = created(path(), color("red", "#EE0000"));

        mvc.perform(post(path() + "/{id}/restore", oldRed)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("name"), containsString("'red'"),
                        containsString("Color " + newRed))));
        mvc.perform(get(path() + "/{id}", oldRed)).andExpect(status().isNotFound());
        mvc.perform(get(path())).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(newRed));
        assertThat(deletedRows("color")).isEqualTo(1);

        mvc.perform(delete(path() + "/{id}", newRed)).andExpect(status().isNoContent());
        mvc.perform(post(path() + "/{id}/restore", oldRed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hexCode").value("#FF0000"));
    }

    @Test
    void theDatabaseRefusesASecondAliveNameEvenPastTheApisCheck() throws Exception {
        long red = created(path(), color("red", "#FF0000"));
        assertThatThrownBy(() -> colors.saveAndFlush(new Color("red", "#000000")))
                .isInstanceOfSatisfying(AliveUniqueViolationException.class, e -> {
                    assertThat(e).hasMessageContaining("Color.name 'red'");
                    assertThat(e.getFields()).containsExactly("name");
                });
        assertThat(rows("color")).isEqualTo(1);
        mvc.perform(delete(path() + "/{id}", red)).andExpect(status().isNoContent());
        colors.saveAndFlush(new Color("red", "#000000"));
        assertThat(rows("color")).isEqualTo(2);
    }

    @Test
    void thePageAddsDeletesAndRestoresColorsAndShowsConflicts() throws Exception {
        mvc.perform(post("/colors").param("name", "sky").param("hexCode", "#87CEEB")).andExpect(redirectedUrl("/colors"));
        long sky = jdbc.queryForObject("select id from color", Long.class);
        mvc.perform(get("/colors")).andExpect(content().string(containsString("#87CEEB")))
                .andExpect(content().string(containsString("The trash is empty")));
        mvc.perform(post("/colors").param("name", "sky").param("hexCode", "#000000"))
                .andExpect(flash().attribute("error", containsString("'sky'")));
        mvc.perform(post("/colors").param("name", "night").param("hexCode", "black"))
                .andExpect(flash().attribute("error", containsString("hexCode")));
        assertThat(rows("color")).isEqualTo(1);

        mvc.perform(post("/colors/{id}/delete", sky)).andExpect(redirectedUrl("/colors"));
        mvc.perform(post("/colors").param("name", "sky").param("hexCode", "#000080")).andExpect(flash().attributeCount(0));
        mvc.perform(post("/colors/{id}/restore", sky)).andExpect(flash().attribute("error", containsString("'sky'")));
        assertThat(deletedRows("color")).isEqualTo(1);
        mvc.perform(get("/colors")).andExpect(content().string(containsString("#000080")))
                .andExpect(content().string(containsString("Restore")));
    }
}
