package dev.warden.agent.cli;

import java.io.PrintWriter;

/** The text form of a policy check: each diagnostic as the policy language renders it, then the summary. */
final class CheckText {

    private CheckText() {
    }

    static void print(CheckReport report, PrintWriter out) {
        for (CheckReport.Finding finding : report.findings()) {
            out.println(finding.diagnostic().render());
            out.println();
        }
        out.println(report.summary());
    }
}
