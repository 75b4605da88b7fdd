package vn.motcua.issuance;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a PDF's last signature as a relying party would: the file is a PDF, the signature's byte
 * range covers the whole file but the signature (so nothing was appended after signing), the CMS
 * signature matches those bytes, and the signer's certificate chains to a trusted CA at the
 * signing time. Any input may be hostile: every failure is an answer, never an exception.
 * Revocation (CRL, OCSP) is not checked: the demo CA publishes none (ADR 0023).
 */
final class PadesVerifier {

    private PadesVerifier() {
    }

    static SignatureCheck check(byte[] pdf, Set<TrustAnchor> anchors) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureCheck.failed("verify.problem.unsigned");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return SignatureCheck.failed("verify.problem.notWholeFile");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signedData(signature.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(holder);
            Calendar signDate = signature.getSignDate();
            OffsetDateTime signedAt = signDate == null ? null
                    : signDate.toInstant().atOffset(ZoneOffset.ofHours(7));
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new SignatureCheck("verify.problem.altered", signedAt);
            }
            if (signDate == null) {
                return SignatureCheck.failed("verify.problem.noSigningTime");
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            for (Object other : cms.getCertificates().getMatches(null)) {
                X509Certificate c = converter.getCertificate((X509CertificateHolder) other);
                if (!c.equals(certificate)) {
                    chain.add(c);
                }
            }
            if (!chainsToTrustedCa(chain, anchors, signDate.getTime())) {
                return new SignatureCheck("verify.problem.untrusted", signedAt);
            }
            return new SignatureCheck(null, signedAt);
        } catch (IOException | GeneralSecurityException | CMSException | OperatorCreationException | RuntimeException e) {
            // a hostile or broken file: whatever failed, the answer is "cannot be read", never an error page
            return SignatureCheck.failed("verify.problem.unreadable");
        }
    }

    /**
     * The CMS structure at the start of /Contents: the rest is the zero padding of the space
     * reserved before signing, which BouncyCastle's whole-array parser refuses as extra data.
     */
    static ContentInfo signedData(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** PKIX path validation at the signing time, without revocation checking. */
    private static boolean chainsToTrustedCa(List<X509Certificate> chain, Set<TrustAnchor> anchors, Date at) {
        try {
            List<X509Certificate> path = chain.stream()
                    .filter(c -> anchors.stream().noneMatch(a -> a.getTrustedCert().equals(c))).toList();
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
