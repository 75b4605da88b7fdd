package vn.motcua.issuance.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.issuance.DocumentVerification;
import vn.motcua.issuance.IssuedDocuments;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InvalidInputException;

/**
 * The page a document's QR code opens, for anyone: what the document is and whether it is
 * genuine; and a form to upload a copy and learn whether it is exactly the issued one.
 */
@Controller
class VerificationPageController {

    private final IssuedDocuments documents;
    private final MessageSource messages;

    VerificationPageController(IssuedDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/portal/verify/{id}")
    String page(@PathVariable String id, HttpServletResponse response, Model model) {
        return show(id, response, model);
    }

    @PostMapping("/portal/verify/{id}")
    String checkCopy(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                     HttpServletResponse response, Model model) throws IOException {
        try {
            if (file != null && file.getSize() > IssuedDocuments.MAX_UPLOAD_BYTES) {
                throw new InvalidInputException("file", "error.verify.tooLarge",
                        IssuedDocuments.MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            model.addAttribute("exactCopy", documents.isExactCopy(id, file == null ? null : file.getBytes()));
        } catch (DomainException e) {
            response.setStatus(e instanceof InvalidInputException ? HttpStatus.BAD_REQUEST.value()
                    : HttpStatus.NOT_FOUND.value());
            model.addAttribute("uploadError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
        }
        return show(id, response, model);
    }

    private String show(String id, HttpServletResponse response, Model model) {
        DocumentVerification verification = documents.verify(id).orElse(null);
        if (verification == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("verification", verification)
                .addAttribute("maxMegabytes", IssuedDocuments.MAX_UPLOAD_BYTES / (1024 * 1024));
        return "portal/verify";
    }
}
