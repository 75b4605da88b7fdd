package vn.motcua.simulation;

import java.util.List;
import java.util.random.RandomGenerator;

import vn.motcua.dossier.Applicant;

/** Plausible, invented citizens: Vietnamese names, 12-digit ID numbers, mobile numbers. */
final class Applicants {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu");
    private static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
            "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến");
    private static final List<String> PLACES = List.of("Thôn Phước Lộc, xã Phước Vĩnh", "Ấp 3, xã Phước Vĩnh",
            "Khu phố 2, phường Phú Thạnh", "Tổ 5, phường Phú Thạnh");

    Applicant next(RandomGenerator random) {
        String name = pick(FAMILY, random) + " " + pick(MIDDLE, random) + " " + pick(GIVEN, random);
        String idNumber = "0" + (79_000_000_000L + random.nextLong(1_000_000_000L));
        String phone = "09" + (10_000_000 + random.nextInt(90_000_000));
        return new Applicant(name, idNumber, phone, null, pick(PLACES, random));
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
