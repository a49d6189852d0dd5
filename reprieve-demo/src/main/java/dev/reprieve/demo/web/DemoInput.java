package dev.reprieve.demo.web;

import dev.reprieve.admin.input.StorableTextBody;
import dev.reprieve.admin.input.StorableTextParameters;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * What the demo accepts as input, for its pages and its API alike: no text that cannot be stored as sent
 * (a NUL, a lone surrogate; reprieve-admin's check, in parameters, form fields, path segments and JSON
 * bodies), and JSON of the declared types only: a number where a string belongs, a string where a number
 * belongs or a fraction where an id belongs is a 400 naming the field instead of a silent conversion.
 * (A boolean may still be read as text: the Actuator reads its request bodies as text maps.)
 */
@Configuration(proxyBeanMethods = false)
public class DemoInput implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StorableTextParameters());
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /** The demo's JSON bodies get the same check as the admin's. */
    @ControllerAdvice
    static class JsonBodies extends StorableTextBody {
    }
}
