package dev.reprieve.demo.todo;

import dev.reprieve.demo.web.ListParams;
import dev.reprieve.demo.web.TrashActions;
import dev.reprieve.demo.web.TrashPageController;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The todo page: add, list, delete, see what was recently deleted, restore. */
@Controller
@RequestMapping("/todos")
public class TodoPageController extends TrashPageController<Todo> {

    private final TodoRepository todos;

    public TodoPageController(TodoRepository todos) {
        super(new TrashActions<>(todos, "todo", Todo::getTitle), "/todos");
        this.todos = todos;
    }

    /** One page of the list, optionally only the rows matching {@code q}; bounds in {@link ListParams}. */
    @GetMapping
    public String page(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, Model model) {
        ListParams list = ListParams.of(page, size, q);
        Pageable pageable = list.pageable(Sort.by("id"));
        model.addAttribute("todos", list.text() == null ? todos.findAll(pageable) : todos.findByTitleContainingIgnoreCase(list.text(), pageable));
        model.addAttribute("list", list);
        model.addAttribute("deleted", trash.recentlyDeleted());
        return "todos";
    }

    @PostMapping
    public String add(@RequestParam(defaultValue = "") String title, RedirectAttributes flash) {
        if (title.isBlank() || title.length() > 250) {
            flash.addFlashAttribute("error", "A todo needs a title of 1 to 250 characters");
        } else {
            todos.save(new Todo(title.trim()));
        }
        return backToPage();
    }


}
