package dev.reprieve.demo.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside Spring MVC (the security filters, the servlet container refusing a malformed
 * request) in the demo's two forms, instead of Spring Boot's Whitelabel page and its
 * {@code {timestamp,status,error,path}} JSON. A server error never shows its Java message.
 */
@Controller
public class DemoErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer c ? c : 500);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = status.is4xxClientError() && message instanceof String m && !m.isBlank() ? m : sentence(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpServletRequest original = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri instanceof String u ? u : super.getRequestURI();
            }
        };
        return DemoErrors.answer(original, status, detail);
    }

    private static String sentence(HttpStatusCode status) {
        if (status.value() == 401) {
            return "Authentication required";
        }
        if (status.value() == 403) {
            return "You may not do that";
        }
        if (status.value() == 404) {
            return "There is nothing here";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return status.is5xxServerError() ? "Something went wrong on our side"
                : known == null ? "The request was refused" : known.getReasonPhrase();
    }
}
