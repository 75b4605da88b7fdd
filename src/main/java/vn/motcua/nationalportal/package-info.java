/**
 * The national public-service portal (Cổng Dịch vụ công quốc gia): what the province sends it and
 * what it sends the province. The dossier module knows nothing of it.
 */
@org.springframework.modulith.ApplicationModule
package vn.motcua.nationalportal;
