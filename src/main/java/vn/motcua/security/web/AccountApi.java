package vn.motcua.security.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.AccountAdministration;
import vn.motcua.security.Role;
import vn.motcua.security.StaffAccount;

/**
 * The account pages' rules for scripts (provisioning many clerks at once): the same
 * {@link AccountAdministration}, refusals as 400 naming the field or 409, JSON in and out.
 * A password goes in only; no answer carries one.
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AccountApi {

    private final AccountAdministration administration;

    AccountApi(AccountAdministration administration) {
        this.administration = administration;
    }

    record AccountJson(String username, String fullName, String agencyCode, List<Role> roles, boolean enabled) {
        static AccountJson of(StaffAccount account) {
            return new AccountJson(account.user().username(), account.user().fullName(), account.user().agencyCode(),
                    account.user().roles().stream().sorted().toList(), account.enabled());
        }
    }

    record NewAccount(String username, String fullName, String agencyCode, List<String> roles, String password) {
    }

    record Assignment(String agencyCode, List<String> roles) {
    }

    record NewPassword(String password) {
    }

    @GetMapping
    List<AccountJson> all() {
        return administration.all().stream().map(AccountJson::of).toList();
    }

    @GetMapping("/{username}")
    AccountJson one(@PathVariable String username) {
        return AccountJson.of(administration.get(username));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountJson create(@RequestBody NewAccount account) {
        String username = administration.create(account.username(), account.fullName(), account.agencyCode(),
                account.roles(), account.password()).username();
        return one(username);
    }

    @PutMapping("/{username}/assignment")
    AccountJson reassign(@PathVariable String username, @RequestBody Assignment assignment) {
        administration.reassign(username, assignment.agencyCode(), assignment.roles());
        return one(username);
    }

    @PostMapping("/{username}/disable")
    AccountJson disable(@PathVariable String username) {
        administration.disable(username);
        return one(username);
    }

    @PostMapping("/{username}/enable")
    AccountJson enable(@PathVariable String username) {
        administration.enable(username);
        return one(username);
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody NewPassword password) {
        administration.resetPassword(username, password.password());
    }
}
