package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.KEY;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_CAST_VOTE;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TITLE;

import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.support.Scenario;

/** The forms refuse to send what a required field lacks; nothing reaches the engine. */
@BrowserTest
class RequiredFieldLeftEmptyBlocksSubmissionTest {

    /** form-js's own message; the form library has no Vietnamese of its own. */
    private static final String REQUIRED = "Field is required.";

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void voteWithoutAChoiceIsNotCastAndTheTaskStaysOpen() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task vote = scenario.taskOf("binh", initiative, TASK_CAST_VOTE);
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("binh");
        tasklist.openFilter(Tasklist.MY_TASKS);
        CamundaForm form = tasklist.openTask(vote.getId());
        browser.step("binh opened his vote");
        tasklist.complete();

        assertThat(form.errorOf("Ý kiến biểu quyết")).isEqualTo(REQUIRED);
        tasklist.notified("Đã xảy ra lỗi khi gửi biểu mẫu công việc");
        browser.step("vote refused without a choice");
        assertThat(tasks.createTaskQuery().taskId(vote.getId()).count()).as("binh's vote task still open").isEqualTo(1);
        assertThat(tasks.getVariable(vote.getId(), "vote")).isNull();
    }

    @Test
    void registrationWithoutATitleDoesNotStartAnInitiative() {
        String scope = "Phạm vi " + UUID.randomUUID();
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("an");
        CamundaForm registration = tasklist.startProcess("Sáng kiến đột phá");
        registration.type("Mã cơ quan đăng ký", "skhcn");
        registration.type("Năm kế hoạch", String.valueOf(ServiceClock.today().getYear()));
        registration.choose("Nguồn gốc sáng kiến", "Cán bộ tự đề xuất");
        registration.type("Điểm nghẽn, vướng mắc cần tháo gỡ", "Hồ sơ giấy phải nộp trực tiếp");
        registration.select("Loại vướng mắc", "Quy định chưa rõ");
        registration.type("Nội dung, nhiệm vụ, giải pháp", "Nộp hồ sơ trực tuyến");
        registration.type("Phạm vi thực hiện", scope);
        registration.type("Người/tổ chức thực hiện", "Văn phòng sở");
        registration.date("Thời gian dự kiến hoàn thành", ServiceClock.today().plusMonths(3));
        registration.type("Nguồn lực (nhân lực, kinh phí, trang thiết bị)", "2 cán bộ");
        registration.type("Tính khả thi", "Cao");
        registration.type("Tác động tích cực, tiêu cực dự kiến", "Tích cực");
        registration.type("Hiệu quả dự kiến", "Nhanh hơn");
        browser.step("everything but the title");
        tasklist.submitStartForm();

        assertThat(registration.errorOf("Tên sáng kiến")).isEqualTo(REQUIRED);
        tasklist.notified("Không thể khởi tạo quy trình.");
        browser.step("start refused without a title");
        assertThat(registration.errors()).as("only the title is missing").containsExactly(REQUIRED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals("scope", scope)
                .count()).as("initiatives started from this form").isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals(TITLE, "")
                .count()).isZero();
    }
}
