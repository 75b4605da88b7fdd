package vn.motcua.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B (ETSI.CAdES.detached): PDFBox reserves the signature in an
 * incremental update whose byte range covers the whole file but the signature itself, and
 * BouncyCastle makes the CMS signature over it with the signer's key (on a token: inside it).
 * The signing time is the signature dictionary's /M, as PAdES wants, not a CMS attribute; the
 * signer's certificate is bound by the ESS signing-certificate-v2 attribute.
 */
final class PadesSigner {

    /** Room for the CMS: an RSA-4096 signature with a three-certificate chain fits in well under 16 KB. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    private PadesSigner() {
    }

    static byte[] sign(byte[] pdf, SigningCredentials credentials, Instant signingTime, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName(credentials.certificate()));
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            when.setTimeInMillis(signingTime.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content.readAllBytes(), credentials), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cms(byte[] content, SigningCredentials credentials) throws IOException {
        try {
            X509Certificate certificate = credentials.certificate();
            String algorithm = "EC".equals(credentials.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm);
            if (credentials.provider() != null) {
                builder.setProvider(credentials.provider());
            }
            ContentSigner signer = builder.build(credentials.key());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificate(certificate)))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            // DER, as PAdES wants it (and as parsers padded with zeros read it without doubt)
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Signing failed: " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2 (SHA-256 of the certificate, issuer and serial): required by PAdES. */
    private static AttributeTable signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)})));
        return new AttributeTable(new DERSet(attribute));
    }

    /** The standard attributes without the CMS signing time, which PAdES baseline signatures must not carry. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

        PadesAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /** The signer's name for the signature dictionary's /Name: the certificate's common name. */
    private static String commonName(X509Certificate certificate) {
        RDN[] names = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return names.length == 0 ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }
}
