package org.chronograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on: cores, memory, Java, and how busy the machine was. */
final class MachineInfo {
    private MachineInfo() {
    }

    static String describe() {
        long totalMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
        return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(totalMb / 1024.0) + " GB RAM, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    /** The 1, 5 and 15 minute load averages, or "?" where the system does not tell. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "?" : String.format("%.2f", one);
        }
    }
}
