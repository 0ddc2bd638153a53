package vn.hcmc.initiatives.agency;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.initiatives.api.ApiException;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.security.AccessPolicy;
import vn.hcmc.initiatives.security.AgencyGroups;
import vn.hcmc.initiatives.security.Groups;

/**
 * Adds and edits agencies. A new agency gets its four groups and their grants in the same transaction as
 * its row, so that its people can work at once and a failure leaves no agency without groups behind.
 */
@Component
class AgencyAdministration {

    static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_CODE = 32;
    static final int MAX_NAME = 255;

    private final AgencyRegistry registry;
    private final AgencyGroups groups;
    private final AccessPolicy accessPolicy;
    private final ServiceCommands service;
    private final TransactionTemplate transaction;

    AgencyAdministration(AgencyRegistry registry, AgencyGroups groups, AccessPolicy accessPolicy,
                         ServiceCommands service, TransactionTemplate transaction) {
        this.registry = registry;
        this.groups = groups;
        this.accessPolicy = accessPolicy;
        this.service = service;
        this.transaction = transaction;
    }

    Agency create(AgencyRequest request, String actor) {
        String code = request.code() == null ? null : request.code().trim();
        if (code == null || code.isEmpty()) {
            throw ApiException.badField("code", "Mã cơ quan là bắt buộc (required)");
        }
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw ApiException.badField("code", "Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang"
                    + " giữa các phần, tối đa " + MAX_CODE + " ký tự, ví dụ sct hoặc p-ben-nghe; nhận được '" + code + "'");
        }
        if (Groups.CITY_COMMITTEE.equals(code) || Groups.CITY_ROLES.contains(code) || Groups.ADMINS.equals(code)) {
            throw ApiException.badField("code", "'" + code + "' là mã của một nhóm cấp Thành phố, không dùng cho cơ quan");
        }
        Agency agency = new Agency(code, name(request.name()), kind(request.kind()),
                superior(code, request.superiorCode() == null ? Groups.CITY_COMMITTEE : request.superiorCode()),
                request.active() == null || request.active());
        return transaction.execute(status -> {
            if (registry.find(code).isPresent()) {
                throw new ApiException(HttpStatus.CONFLICT, "code", "code: cơ quan '" + code + "' đã có (already exists)");
            }
            registry.insert(agency, actor);
            service.run(() -> {
                groups.ensureFor(agency);
                accessPolicy.applyToAgency(agency.code());
            });
            return agency;
        });
    }

    Agency update(String code, AgencyRequest request, String actor) {
        if (request.code() != null && !request.code().trim().equals(code)) {
            throw ApiException.badField("code", "không đổi được mã cơ quan (cannot be changed); mã trong đường dẫn là '"
                    + code + "'");
        }
        return transaction.execute(status -> {
            Agency current = registry.find(code).orElseThrow(() -> ApiException.notFound("Không có cơ quan '" + code + "'"));
            Agency changed = new Agency(code,
                    request.name() == null ? current.name() : name(request.name()),
                    request.kind() == null ? current.kind() : kind(request.kind()),
                    request.superiorCode() == null ? current.superiorCode() : superior(code, request.superiorCode()),
                    request.active() == null ? current.active() : request.active());
            registry.update(changed, actor);
            if (!changed.name().equals(current.name())) {
                service.run(() -> groups.rename(changed));
            }
            return changed;
        });
    }

    private static String name(String given) {
        String name = given == null ? "" : given.trim();
        if (name.isEmpty()) {
            throw ApiException.badField("name", "Tên cơ quan là bắt buộc (required)");
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.badField("name", "Tên cơ quan dài quá " + MAX_NAME + " ký tự");
        }
        return name;
    }

    private static AgencyKind kind(String given) {
        if (given == null || given.isBlank()) {
            throw ApiException.badField("kind", "Loại cơ quan là bắt buộc: " + Arrays.toString(AgencyKind.values()));
        }
        try {
            return AgencyKind.valueOf(given.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("kind", "Loại cơ quan phải là một trong " + Arrays.toString(AgencyKind.values())
                    + ", nhận được '" + given + "'");
        }
    }

    /** The city committee or another known agency, and never the agency itself, also not through others. */
    private String superior(String code, String given) {
        String superior = given.trim();
        if (Groups.CITY_COMMITTEE.equals(superior)) {
            return superior;
        }
        if (superior.equals(code)) {
            throw ApiException.badField("superiorCode", "Cơ quan cấp trên không thể là chính cơ quan '" + code + "'");
        }
        Set<String> chain = new HashSet<>();
        Optional<Agency> above = registry.find(superior);
        if (above.isEmpty()) {
            throw ApiException.badField("superiorCode", "Cơ quan cấp trên phải là city-committee hoặc mã một cơ quan đã có;"
                    + " không có '" + superior + "'");
        }
        while (above.isPresent() && chain.add(above.get().code())) {
            if (above.get().superiorCode().equals(code)) {
                throw ApiException.badField("superiorCode", "'" + superior + "' là cơ quan cấp dưới của '" + code
                        + "': quan hệ cấp trên sẽ thành vòng");
            }
            above = registry.find(above.get().superiorCode());
        }
        return superior;
    }
}
