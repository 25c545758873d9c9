package dev.warden.policy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.warden.policy.Decision;
import dev.warden.policy.EntryPointCall;
import dev.warden.policy.PolicySet;
import dev.warden.policy.Principal;
import dev.warden.policy.Request;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * {@code time.hour}, {@code time.minute} and {@code time.weekday} read the request's instant in
 * the time zone of the rule's file, as {@code java.time} reads it - half-hour and 45-minute
 * offsets, daylight saving and instants long before 1970 included.
 */
@AddLifecycleHook(FuzzSettings.class)
class TimeProperties {

    @Property(tries = 200)
    void timeFactsReadTheInstantInTheZoneOfTheRulesFile(@ForAll("zones") String zone, @ForAll("instants") Instant instant) {
        ZonedDateTime local = instant.atZone(ZoneId.of(zone));
        String weekday = local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
        String zoned = "policy {\n    timezone \"" + zone + "\"\n}\n"
            + rule("now", local.getHour(), local.getMinute(), weekday)
            + rule("an_hour_later", (local.getHour() + 1) % 24, local.getMinute(), weekday);
        String utc = rule("in_utc", local.getHour(), local.getMinute(), weekday);
        PolicySet policy = Compiled.of(Map.of("zoned.policy", zoned, "utc.policy", utc));
        Request request = new Request(Principal.anonymous(), new EntryPointCall("a.B", "m", List.of(), Set.of("a.B")), Map.of(),
            instant);
        Decision d = Compiled.decide(policy, request);
        boolean utcAgrees = local.toLocalDateTime().equals(instant.atZone(ZoneId.of("UTC")).toLocalDateTime());
        assertEquals(utcAgrees ? List.of("in_utc", "now") : List.of("now"), d.ruleIds(), () -> instant + " is " + local + "\n"
            + zoned + utc + "\n" + d);
    }

    private static String rule(String name, int hour, int minute, String weekday) {
        return "permit " + name + " {\n    principal any\n    call any\n    when time.hour == " + hour + " and time.minute == "
            + minute + " and time.weekday == \"" + weekday + "\"\n}\n";
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(Vocabulary.ZONES);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-5_000_000_000L, 8_000_000_000L).map(Instant::ofEpochSecond),
            Arbitraries.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-04-04T15:00:00Z"),
                Instant.parse("2026-10-04T15:45:00Z"), Instant.parse("1883-11-18T16:59:59Z")));
    }
}
