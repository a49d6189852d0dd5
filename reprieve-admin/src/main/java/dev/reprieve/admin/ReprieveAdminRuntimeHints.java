package dev.reprieve.admin;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * What the admin needs at run time under Spring AOT and in GraalVM native images: its Thymeleaf templates as
 * resources, and public accessors of its own types, which the templates read through SpEL reflection. The types
 * are found by scanning the admin's packages at build time, so a new view model cannot be forgotten.
 */
class ReprieveAdminRuntimeHints implements RuntimeHintsRegistrar {

    static final String TEMPLATES = "templates/reprieve-admin/*";

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        hints.resources().registerPattern(TEMPLATES);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
        for (BeanDefinition candidate : scanner.findCandidateComponents(ReprieveAdminRuntimeHints.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader);
            hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS);
        }
    }
}
