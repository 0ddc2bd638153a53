package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.deadline.ServiceClock;

/**
 * Opens the campaign of a year, once: from the yearly timer with the configured deadline, or by home
 * affairs with {@code year} and {@code registrationDeadline}. A second campaign for a year is refused
 * (manual start: a 400 naming {@code year}) or, from the timer, quietly not opened.
 */
@Component("openCampaign")
public class OpenCampaignListener {

    static final int FIRST_PLAN_YEAR = 2022;
    private static final Logger LOG = LoggerFactory.getLogger(OpenCampaignListener.class);

    private final CampaignSchedule schedule;
    private final CampaignYearLock yearLock;
    private final CampaignOfTheYear campaigns;

    OpenCampaignListener(CampaignSchedule schedule, CampaignYearLock yearLock, CampaignOfTheYear campaigns) {
        this.schedule = schedule;
        this.yearLock = yearLock;
        this.campaigns = campaigns;
    }

    public void scheduled(DelegateExecution execution) {
        int year = ServiceClock.today().getYear();
        yearLock.lock(year);
        if (campaigns.of(year).isPresent()) {
            LOG.info("The campaign of {} is already open; the yearly timer opens no second one", year);
            execution.setVariable(CAMPAIGN_ALREADY_OPEN, true);
            return;
        }
        open(execution, year, schedule.configuredDeadline(year), "SCHEDULE");
    }

    public void manual(DelegateExecution execution) {
        int maxYear = ServiceClock.today().getYear() + 1;
        Integer year = asYear(execution.getVariable(YEAR));
        if (year == null || year < FIRST_PLAN_YEAR || year > maxYear) {
            throw new BadUserRequestException(YEAR + ": năm của đợt đăng ký phải là số nguyên từ " + FIRST_PLAN_YEAR
                    + " đến " + maxYear + ", nhận được '" + execution.getVariable(YEAR) + "'");
        }
        Date closesAt = schedule.closingTime(execution.getVariable(REGISTRATION_DEADLINE));
        if (closesAt == null) {
            throw new BadUserRequestException(REGISTRATION_DEADLINE + ": hạn đăng ký là bắt buộc, dạng ngày yyyy-MM-dd"
                    + " hoặc ngày giờ ISO-8601, nhận được '" + execution.getVariable(REGISTRATION_DEADLINE) + "'");
        }
        if (!closesAt.after(ClockUtil.getCurrentTime())) {
            throw new BadUserRequestException(REGISTRATION_DEADLINE + ": hạn đăng ký " + schedule.display(closesAt)
                    + " đã qua");
        }
        yearLock.lock(year);
        Optional<CampaignOfTheYear.Opened> existing = campaigns.of(year);
        if (existing.isPresent()) {
            throw new BadUserRequestException(YEAR + ": đợt đăng ký sáng kiến năm " + year + " đã được mở ("
                    + businessKey(year) + ", " + (existing.get().running() ? "đang diễn ra" : "đã kết thúc")
                    + "); mỗi năm chỉ có một đợt");
        }
        open(execution, year, closesAt, "MANUAL");
    }

    private void open(DelegateExecution execution, int year, Date closesAt, String trigger) {
        execution.setProcessBusinessKey(businessKey(year));
        execution.setVariable(CAMPAIGN_ALREADY_OPEN, false);
        execution.setVariable(YEAR, year);
        execution.setVariable(REGISTRATION_DEADLINE, closesAt);
        execution.setVariable(REGISTRATION_DEADLINE_TEXT, schedule.display(closesAt));
        execution.setVariable(CAMPAIGN_TRIGGER, trigger);
    }

    private static Integer asYear(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue() == Math.rint(number.doubleValue()) ? number.intValue() : null;
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
