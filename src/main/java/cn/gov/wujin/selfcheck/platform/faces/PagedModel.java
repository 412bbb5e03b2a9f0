package cn.gov.wujin.selfcheck.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazily paged table whose rows a boundary counts and loads page by page (the boundary checks the
 * caller's scope on each call). Rows are keyed for PrimeFaces; no row is looked up by its key.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int pageSize);
    }

    /** A row's key. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public PagedModel(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /** After a new search: the table of that client id shows its first page again. */
    public static void showFirstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
