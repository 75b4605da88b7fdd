package vn.motcua.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates: the defaults on the classpath, and an administrator's edited copy winning over them. */
class NoticeTemplatesTest {

    private static final Map<String, String> VALUES = Map.of("code", "H01.01-261207-0001",
            "name", "Nguyễn Văn An", "dueDate", "10:00 ngày 14/12/2026");

    @Test
    void theDefaultTemplateIsFilledWithTheDossiersValues() {
        String text = new NoticeTemplates(properties(null)).render(NoticeKind.RECEIVED, NoticeChannel.EMAIL, VALUES);

        assertThat(text).startsWith("Hồ sơ H01.01-261207-0001 đã được tiếp nhận")
                .contains("Kính gửi Nguyễn Văn An").contains("Ngày hẹn trả kết quả: 10:00 ngày 14/12/2026");
    }

    @Test
    void aFileInTheConfiguredFolderReplacesTheDefaultAtTheNextNotice(@TempDir Path folder) throws Exception {
        NoticeTemplates templates = new NoticeTemplates(properties(folder));
        Files.writeString(folder.resolve("received.sms.txt"), "UBND xã: hồ sơ {code} đã nhận, hẹn {dueDate}. {unknown}");

        assertThat(templates.render(NoticeKind.RECEIVED, NoticeChannel.SMS, VALUES))
                .isEqualTo("UBND xã: hồ sơ H01.01-261207-0001 đã nhận, hẹn 10:00 ngày 14/12/2026. {unknown}");
        assertThat(templates.render(NoticeKind.REFUSED, NoticeChannel.SMS, VALUES)).as("others keep their default")
                .startsWith("Ho so H01.01-261207-0001 khong duoc tiep nhan");
    }

    private static NoticeProperties properties(Path folder) {
        return new NoticeProperties("https://dichvucong.example.gov.vn", folder, "no-reply@example.gov.vn",
                new NoticeProperties.Gateway(null, null), new NoticeProperties.Gateway(null, null));
    }
}
