package vn.hcmc.initiatives.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts from: "my tasks" (assigned to me) and "my groups' tasks"
 * (open to one of my groups), showing the initiative's title and agency in the list.
 */
@Component
class TasklistFilters {

    static final String MINE = "Việc của tôi";
    static final String MY_GROUPS = "Việc của nhóm";

    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "initiativeKey", "label", "Mã sáng kiến"),
            Map.of("name", "title", "label", "Tên sáng kiến"),
            Map.of("name", "agencyCode", "label", "Cơ quan"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensure() {
        ensure(MINE, -10, "Công việc đã giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(MY_GROUPS, -5, "Công việc của các nhóm tôi tham gia, chưa ai nhận hoặc đã giao",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                            "variables", COLUMNS))
                    .setQuery(query);
            filterService.saveFilter(filter);
        }
        grants.toEveryone(FILTER, filter.getId(), READ);
    }
}
