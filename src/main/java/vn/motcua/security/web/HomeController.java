package vn.motcua.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home page: the navigation bar lists what the signed-in role may reach. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
