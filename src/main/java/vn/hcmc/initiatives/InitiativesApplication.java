package vn.hcmc.initiatives;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InitiativesApplication {

    public static void main(String[] args) {
        SpringApplication.run(InitiativesApplication.class, args);
    }
}
