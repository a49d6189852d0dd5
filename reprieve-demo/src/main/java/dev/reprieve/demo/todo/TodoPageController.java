package dev.reprieve.demo.todo;

import dev.reprieve.demo.web.TrashActions;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The todo page: add, list, delete, see what was recently deleted, restore. */
@Controller
public class TodoPageController {

    private final TodoRepository todos;
    private final TrashActions<Todo> trash;

    public TodoPageController(TodoRepository todos) {
        this.todos = todos;
        this.trash = new TrashActions<>(todos, "todo", Todo::getTitle);
    }

    @GetMapping({"/", "/todos"})
    public String page(Model model) {
        model.addAttribute("todos", todos.findAll(Sort.by("id")));
        model.addAttribute("deleted", trash.recentlyDeleted());
        return "todos";
    }

    @PostMapping("/todos")
    public String add(@RequestParam(defaultValue = "") String title, RedirectAttributes flash) {
        if (title.isBlank() || title.length() > 250) {
            flash.addFlashAttribute("error", "A todo needs a title of 1 to 250 characters");
        } else {
            todos.save(new Todo(title.trim()));
        }
        return "redirect:/todos";
    }

    @PostMapping("/todos/{id}/delete")
    public String delete(@PathVariable Long id, RedirectAttributes flash) {
        trash.delete(id, flash);
        return "redirect:/todos";
    }

    @PostMapping("/todos/{id}/restore")
    public String restore(@PathVariable Long id, RedirectAttributes flash) {
        trash.restore(id, false, flash);
        return "redirect:/todos";
    }
}
