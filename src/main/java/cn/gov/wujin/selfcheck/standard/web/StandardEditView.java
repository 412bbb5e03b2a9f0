package cn.gov.wujin.selfcheck.standard.web;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.standard.boundary.EditableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.ItemForm;
import cn.gov.wujin.selfcheck.standard.boundary.PrintableStandard;
import cn.gov.wujin.selfcheck.standard.boundary.StandardAdministration;
import cn.gov.wujin.selfcheck.standard.entity.ChecklistCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/**
 * Edits one draft: rename a category, add or delete a 二级分类, add, change or delete an item. The
 * boundary refuses all of it for a published or retired version, whatever the request says.
 */
@Named
@ViewScoped
public class StandardEditView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    StandardAdministration administration;

    private Long id;
    private EditableStandard standard;

    /** Category dialog: rename (categoryId set) or new 二级分类 under parentId. */
    private Long categoryId;
    private Long parentId;
    @NotBlank
    @Size(max = ChecklistCategory.NAME_LENGTH)
    private String categoryName;

    /** Item dialog: change (itemId set) or new item in groupId. */
    private Long itemId;
    private Long groupId;
    @Valid
    private ItemForm item = new ItemForm();

    /** f:viewAction: loads the version named by the id parameter. */
    public void load() {
        if (id == null) {
            Messages.error("standard.admin.notFound");
            return;
        }
        reload();
    }

    private void reload() {
        try {
            standard = administration.editable(currentUser.scope(), id);
        } catch (BusinessException e) {
            standard = null;
            Messages.error(e);
        }
    }

    public void newGroup(Long topId) {
        categoryId = null;
        parentId = topId;
        categoryName = null;
    }

    public void editCategory(Long id, String name) {
        categoryId = id;
        parentId = null;
        categoryName = name;
    }

    public void saveCategory() {
        try {
            if (categoryId != null) {
                administration.renameCategory(currentUser.scope(), categoryId, categoryName);
            } else {
                administration.addGroup(currentUser.scope(), parentId == null ? -1 : parentId, categoryName);
            }
            Messages.info("standard.admin.saved");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            reload();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void deleteGroup(Long groupId) {
        try {
            administration.deleteGroup(currentUser.scope(), groupId);
            Messages.info("standard.admin.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    public void newItem(Long groupId) {
        this.itemId = null;
        this.groupId = groupId;
        this.item = new ItemForm();
    }

    public void editItem(PrintableStandard.Item existing) {
        this.itemId = existing.getId();
        this.groupId = null;
        this.item = new ItemForm(existing.getContent(), existing.getCriterion(), existing.getLegalBasis(),
                existing.getMajorSituation());
    }

    public void saveItem() {
        try {
            if (itemId != null) {
                administration.changeItem(currentUser.scope(), itemId, item);
            } else {
                administration.addItem(currentUser.scope(), groupId == null ? -1 : groupId, item);
            }
            Messages.info("standard.admin.saved");
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            reload();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void deleteItem(Long itemId) {
        try {
            administration.deleteItem(currentUser.scope(), itemId);
            Messages.info("standard.admin.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public EditableStandard getStandard() { return standard; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getCategoryName() { return categoryName; }
    public void setCategoryName(String categoryName) { this.categoryName = categoryName; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public ItemForm getItem() { return item; }
}
