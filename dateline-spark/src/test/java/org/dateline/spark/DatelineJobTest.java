package org.dateline.spark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatelineJobTest {

    @Test
    void argumentsAreParsedAsTheUsageSays() {
        DatelineJob.Args a = DatelineJob.Args.parse("--input", "s3a://b/x/*.warc.gz", "--input", "pages/",
                "--output", "out", "--format", "jsonl", "--no-analysis", "--input-format", "html", "--overwrite");
        assertThat(a.inputs()).containsExactly("s3a://b/x/*.warc.gz", "pages/");
        assertThat(a.format()).isEqualTo(DatelineSpark.Format.JSONL);
        assertThat(a.options().analysis()).isFalse();
        assertThat(a.options().format()).isEqualTo(org.dateline.page.InputFormat.HTML);
        assertThat(a.overwrite()).isTrue();
        DatelineJob.Args d = DatelineJob.Args.parse("--input", "a.warc", "--output", "o");
        assertThat(d.format()).isEqualTo(DatelineSpark.Format.PARQUET);
        assertThat(d.options().analysis()).isTrue();
        assertThat(d.overwrite()).isFalse();
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> DatelineJob.Args.parse("--output", "o")).hasMessage("no --input given");
        assertThatThrownBy(() -> DatelineJob.Args.parse("--input", "a")).hasMessage("no --output given");
        assertThatThrownBy(() -> DatelineJob.Args.parse("--input", "a", "--output", "o", "--format", "csv"))
                .hasMessageContaining("unknown format 'csv'");
        assertThatThrownBy(() -> DatelineJob.Args.parse("--input", "--output", "o")).hasMessage("--input needs a value");
        assertThatThrownBy(() -> DatelineJob.Args.parse("--input", "a", "--output", "o", "--threads", "4"))
                .hasMessage("unknown argument '--threads'");
        assertThatThrownBy(() -> DatelineJob.Args.parse("--input", "a", "--output", "o", "--input-format", "pdf"))
                .hasMessageContaining("unknown input format 'pdf'");
    }
}
