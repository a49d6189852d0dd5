package dev.reprieve.demo.color;

import dev.reprieve.core.UniqueWhenAlive;
import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Locale;

/**
 * A color: a name and a {@code #RRGGBB} code, soft-deletable. The name is unique among alive
 * colors only: a deleted color's name can be taken again, and the database enforces it.
 */
@Entity
public class Color extends SoftDeletableEntity {

    /** What a hex code looks like; the API and the page refuse anything else. */
    public static final String HEX_CODE = "#[0-9A-Fa-f]{6}";

    @Id
    @GeneratedValue
    private Long id;

    @UniqueWhenAlive
    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "hex_code", nullable = false, length = 7)
    private String hexCode;

    protected Color() {
    }

    /** @param hexCode {@code #RRGGBB}, stored upper-case */
    public Color(String name, String hexCode) {
        this.name = name;
        this.hexCode = hexCode.toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getHexCode() {
        return hexCode;
    }

    @Override
    public String toString() {
        return name + " " + hexCode;
    }
}
