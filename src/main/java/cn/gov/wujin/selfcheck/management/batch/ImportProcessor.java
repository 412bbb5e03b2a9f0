package cn.gov.wujin.selfcheck.management.batch;

import cn.gov.wujin.selfcheck.management.boundary.ImportWork;
import cn.gov.wujin.selfcheck.management.control.ImportColumn;
import cn.gov.wujin.selfcheck.management.control.ImportFile;
import cn.gov.wujin.selfcheck.management.control.RowCheck;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Checks a row: the file-only rules of {@link RowCheck}, then, against what the database holds
 * (read once when the step starts, then kept up to date row by row), the importer's scope, the
 * credit code (an existing one updates that enterprise, if it is in scope) and the name. A row that
 * fails is thrown as a {@link RowRejectedException}, which the step skips and the skip listener records.
 */
@Named("importProcessor")
@Dependent
public class ImportProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    ImportWork work;

    private ImportWork.Index index;
    private RowCheck check;

    @Override
    public Object processItem(Object item) throws Exception {
        if (index == null) {
            index = work.index(Long.valueOf(importId));
            check = index.rowCheck();
        }
        ImportFile.Row row = (ImportFile.Row) item;
        Optional<RowCheck.Problem> problem = check.problem(row);
        if (problem.isPresent()) {
            throw rejected(row, problem.get().column(), Texts.get(Texts.DEFAULT_LOCALE, problem.get().messageKey(),
                    problem.get().argument()));
        }
        ImportWork.Existing existing = index.byCode().get(row.cell(ImportColumn.CREDIT_CODE).toUpperCase(java.util.Locale.ROOT));
        RowCheck.Valid values = check.accept(row);
        Optional<String> refusal = index.refusal(values, existing);
        if (refusal.isPresent()) {
            throw rejected(row, refusal.get().startsWith("import.reject.name") ? ImportColumn.NAME
                    : refusal.get().startsWith("import.reject.code") ? ImportColumn.CREDIT_CODE : ImportColumn.TOWN,
                    Texts.get(Texts.DEFAULT_LOCALE, refusal.get()));
        }
        index.remember(values, existing);
        return new ImportItem(row.number(), values, existing == null ? null : existing.id());
    }

    private static RowRejectedException rejected(ImportFile.Row row, ImportColumn column, String reason) {
        return new RowRejectedException(row.number(), column.header(), reason, row.original());
    }
}
