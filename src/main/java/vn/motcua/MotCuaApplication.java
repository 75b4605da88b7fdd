package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One-stop dossier processing ("một cửa, một cửa liên thông") on Camunda 7.
 * Each top-level package is one application module (see ModularityTests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotCuaApplication.class, args);
    }
}
