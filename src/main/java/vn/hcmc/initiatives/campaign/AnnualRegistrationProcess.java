package vn.hcmc.initiatives.campaign;

/** Keys, element ids, variable and message names of process {@code annual-registration}. */
public final class AnnualRegistrationProcess {

    public static final String KEY = "annual-registration";
    /** The yearly clock that opens the campaign (a process may not have a timer start beside its none start). */
    public static final String SCHEDULE_KEY = "annual-registration-schedule";
    public static final String BUSINESS_KEY_PREFIX = "DK-";

    // element ids
    public static final String SCHEDULE_TIMER = "StartEvent_CampaignDayReached";
    public static final String START_SCHEDULED = "StartEvent_CampaignScheduled";
    public static final String START_OPENED = "StartEvent_CampaignOpened";
    public static final String END_ALREADY_OPEN = "EndEvent_CampaignAlreadyOpen";
    public static final String OPEN_CAMPAIGN = "ServiceTask_OpenCampaign";
    public static final String SUBPROCESS_AGENCY_REGISTRATION = "SubProcess_AgencyRegistration";
    public static final String CHECK_EARLIER_REGISTRATION = "ServiceTask_CheckEarlierRegistration";
    public static final String TASK_AWAIT_REGISTRATION = "Task_AwaitRegistration";
    public static final String REMINDER_DUE = "BoundaryEvent_RegistrationReminderDue";
    public static final String DEADLINE_PASSED = "BoundaryEvent_RegistrationDeadlinePassed";
    public static final String TASK_EXPLAIN_MISSING_REGISTRATION = "Task_ExplainMissingRegistration";
    public static final String END_AGENCY_REGISTERED = "EndEvent_AgencyRegistered";
    public static final String END_REGISTRATION_RECEIVED = "EndEvent_RegistrationReceived";
    public static final String END_REGISTRATION_FOUND_AT_DEADLINE = "EndEvent_RegistrationFoundAtDeadline";
    public static final String END_MISSING_REGISTRATION_EXPLAINED = "EndEvent_MissingRegistrationExplained";
    public static final String REGISTRATION_CLOSED = "IntermediateCatchEvent_RegistrationClosed";
    public static final String TASK_RECEIVE_CAMPAIGN_ESCALATION = "Task_ReceiveCampaignEscalation";
    public static final String TASK_REVIEW_CAMPAIGN_REPORT = "Task_ReviewCampaignReport";
    public static final String END_CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";

    // decision-log record types read back (a campaign of a year whose history is gone still ran)
    public static final String RECORD_CAMPAIGN_OPENED = "CAMPAIGN_OPENED";

    // messages
    /** Starts a campaign for the current year with the configured deadline, as the yearly clock does. */
    public static final String MESSAGE_CAMPAIGN_DUE = "AnnualRegistrationDue";
    public static final String MESSAGE_INITIATIVE_REGISTERED = "InitiativeRegistered";

    // variables (CONTRACT.md: year, registrationDeadline)
    public static final String YEAR = "year";
    /** The moment registration closes; a date given alone closes at the end of that day (Vietnam time). */
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String REGISTRATION_DEADLINE_TEXT = "registrationDeadlineText";
    public static final String CAMPAIGN_TRIGGER = "campaignTrigger";
    public static final String CAMPAIGN_ALREADY_OPEN = "campaignAlreadyOpen";
    public static final String CAMPAIGN_AGENCIES = "campaignAgencies";
    /** Multi-instance element variable, local to each agency's wait. */
    public static final String AGENCY_CODE = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String AGENCY_REGISTERED = "agencyRegistered";
    public static final String REGISTERED_INITIATIVE = "registeredInitiative";
    /** Who registered it: the message is delivered on a thread of its own, where nobody is logged in. */
    public static final String REGISTERED_BY = "registeredBy";
    public static final String LATE_AGENCIES = "lateAgencies";
    public static final String LATE_AGENCIES_TEXT = "lateAgenciesText";
    public static final String CAMPAIGN_REPORT_TEXT = "campaignReportText";
    public static final String EXPLANATION = "explanation";
    public static final String CITY_DIRECTION = "cityDirection";
    public static final String REPORT_NOTES = "reportNotes";

    private AnnualRegistrationProcess() {
    }

    public static String businessKey(int year) {
        return BUSINESS_KEY_PREFIX + year;
    }
}
