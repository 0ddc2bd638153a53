package vn.hcmc.initiatives.decisionlog;

import java.util.List;

/** The task decisions one process contributes; each feature provides its own as a bean. */
public interface TaskDecisionCatalogue {

    List<TaskDecision> decisions();
}
