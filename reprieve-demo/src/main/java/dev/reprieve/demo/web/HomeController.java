package dev.reprieve.demo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The demo opens on the todo page. */
@Controller
public class HomeController {

    @GetMapping("/")
    public String home() {
        return "forward:/todos";
    }
}
