package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

class PagerTest {

    @Test
    void linksKeepTheFiltersAndChangeOnlyThePage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tasks");
        request.setServletPath("/tasks");
        request.setQueryString("procedure=KS&page=2&sort=due");
        ResultPage<String> page = ResultPage.of(List.of("a", "b"), new PageRequest(2, 2), 5);

        Pager pager = Pager.of(page, request);

        assertThat(pager.previousHref()).isEqualTo("/tasks?procedure=KS&sort=due&page=1");
        assertThat(pager.nextHref()).isEqualTo("/tasks?procedure=KS&sort=due&page=3");
        assertThat(page.firstLine()).isEqualTo(3);
        assertThat(page.lastLine()).isEqualTo(4);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void theLastPageHasNoNextLinkAndTheFirstNoPrevious() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/desk");
        request.setServletPath("/desk");
        Pager only = Pager.of(ResultPage.of(List.of("a"), PageRequest.FIRST, 1), request);

        assertThat(only.previousHref()).isNull();
        assertThat(only.nextHref()).isNull();
    }

    @Test
    void badPageParametersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> PageRequest.of("0", null)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("page");
        assertThatThrownBy(() -> PageRequest.of("1", "100000")).extracting("field").isEqualTo("size");
        assertThatThrownBy(() -> PageRequest.of("x", null)).extracting("field").isEqualTo("page");
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 50));
        assertThat(PageRequest.of("3", "20").offset()).isEqualTo(40);
    }

    @Test
    void aListWithItsOwnPageParameterLinksWithIt() {
        Pager pager = Pager.of(ResultPage.of(List.of("a"), new PageRequest(2, 1), 3), "/desk?resultsPage=");

        assertThat(pager.previousHref()).isEqualTo("/desk?resultsPage=1");
        assertThat(pager.nextHref()).isEqualTo("/desk?resultsPage=3");
    }
}
