package vn.hcmc.initiatives.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The demo users of CONTRACT.md. Created only in profile {@code demo}; never in production. */
final class DemoIdentity {

    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("an", "An", "Nguyễn Văn", List.of("skhcn-staff")),
            new DemoUser("binh", "Bình", "Trần Thị", List.of("skhcn-head", "skhcn-leaders")),
            new DemoUser("cuong", "Cường", "Lê Văn", List.of("skhcn-leaders")),
            new DemoUser("dung", "Dũng", "Phạm Minh", List.of("skhcn-leaders")),
            new DemoUser("giang", "Giang", "Hoàng Thu", List.of("skhcn-party")),
            new DemoUser("hai", "Hải", "Võ Thanh", List.of("sxd-staff")),
            new DemoUser("khoa", "Khoa", "Đặng Đăng", List.of("sxd-head", "sxd-leaders")),
            new DemoUser("lam", "Lâm", "Bùi Tùng", List.of("sxd-leaders")),
            new DemoUser("mai", "Mai", "Đỗ Thị", List.of("sxd-party")),
            new DemoUser("nam", "Nam", "Ngô Hoài", List.of("pbenthanh-staff")),
            new DemoUser("oanh", "Oanh", "Dương Kim", List.of("pbenthanh-head", "pbenthanh-leaders")),
            new DemoUser("phong", "Phong", "Lý Thanh", List.of("pbenthanh-leaders")),
            new DemoUser("quyen", "Quyên", "Hồ Lệ", List.of("pbenthanh-party")),
            new DemoUser("son", "Sơn", "Trương Ngọc", List.of(Groups.CITY_COMMITTEE)),
            new DemoUser("thu", "Thu", "Mai Hoài", List.of(Groups.HOME_AFFAIRS)),
            new DemoUser("uyen", "Uyên", "Châu Tố", List.of(Groups.EMULATION_BOARD)),
            new DemoUser("vinh", "Vinh", "Tạ Quang", List.of(Groups.INSPECTORATE)),
            new DemoUser("xuan", "Xuân", "Lưu Thị", List.of(Groups.MANAGERS)),
            new DemoUser("yen", "Yến", "Kiều Hải", List.of(Groups.PROCESS_OWNERS)));

    private DemoIdentity() {
    }

    static void create(IdentityService identity, String password) {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).singleResult() == null) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@demo.sangkien.local");
                user.setPassword(password);
                identity.saveUser(user);
            }
            for (String groupId : demo.groups()) {
                if (identity.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                    identity.createMembership(demo.id(), groupId);
                }
            }
        }
    }
}
