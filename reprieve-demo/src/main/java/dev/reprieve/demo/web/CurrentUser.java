package dev.reprieve.demo.web;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every demo page, error pages included, the signed-in user's name for the navigation ({@code null}: nobody). */
@ControllerAdvice(basePackages = "dev.reprieve.demo")
public class CurrentUser {

    @ModelAttribute("currentUser")
    String currentUser(Principal user) {
        return user == null ? null : user.getName();
    }
}
